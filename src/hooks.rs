//! The side effects of the roadmap, each a named `#[hook]`: the state and its link to the host,
//! the items opened before the app took over, the URL hash, the page's title and language,
//! announcements, printing, the Escape key, and the change notification. Browser calls go through [`crate::dom`].

pub mod adopt;
pub mod announcement;
pub mod deep_link;
pub mod escape;
pub mod on_change;
pub mod page;
pub mod printing;
pub mod ready;
pub mod roadmap;

pub use adopt::use_adopt_open_items;
pub use announcement::use_announcement;
pub use deep_link::use_deep_link;
pub use escape::use_escape_to_close;
pub use on_change::use_on_change;
pub use page::use_page_title;
pub use printing::use_printing;
pub use ready::{use_follow_up, use_ready};
pub use roadmap::{use_roadmap, Remote};
