//! The components, one per file, each named after what it shows. Data flows down as props;
//! events flow up through `on_*` callbacks to the reducer in [`app`].

pub mod about;
pub mod app;
pub mod bases;
pub mod case_study;
pub mod disclosure;
pub mod find_your_way;
pub mod formality;
pub mod header;
pub mod heading;
pub mod icon;
pub mod road_map;
pub mod roles;
pub mod section;
pub mod terms;
pub mod timeline;
