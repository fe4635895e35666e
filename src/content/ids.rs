//! The stable ids of the roadmap: closed sets, one enum each. Their kebab-case names are part of
//! the contract (JSON content, deep links, tests) and are declared once, in [`id_enum!`]. The
//! language, an open set since custom content may add any, is a validated tag: [`Lang`].

use serde::{Deserialize, Serialize};
use std::fmt;

pub use super::lang::{Dir, Lang, LangError, MAX_LANG_TAG_CHARS};

/// Declares a closed set of stable ids: an enum whose JSON form (serde and the schema) is its
/// kebab-case id, with the list of every id in the roadmap's order.
macro_rules! id_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        pub enum $name {
            $(#[serde(rename = $id)] $variant),+
        }

        /// Read as a string, then [`Self::from_id`]: the same JSON and the same "unknown
        /// variant" message as serde's derive, with one string reader shared by every id set
        /// instead of a visitor each (about 1 KB brotli of the WebAssembly build).
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let id = String::deserialize(d)?;
                Self::from_id(&id).ok_or_else(|| serde::de::Error::unknown_variant(&id, &[$($id),+]))
            }
        }

        impl $name {
            /// Every id, in the roadmap's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// How many there are: the length of the content's list of them.
            pub const COUNT: usize = Self::ALL.len();

            /// The stable id, as used in JSON, deep links and tests.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// Parses a stable id; `None` for anything else.
            pub fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }

            /// Position in [`Self::ALL`].
            pub fn index(self) -> usize {
                Self::ALL.iter().position(|x| *x == self).unwrap_or(0)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

id_enum!(
    /// The words in use to name peers.
    Term {
        PeerSupport = "peer-support",
        PeerHelper = "peer-helper",
        Navigator = "navigator",
        StreetWorker = "street-worker",
        CommunityHealthWorker = "community-health-worker",
        SelfHelpGroups = "self-help-groups",
    }
);
id_enum!(
    /// Question 1: is the support offered formal or informal?
    Formality { Informal = "informal", Formal = "formal" }
);
id_enum!(
    /// Question 2: on what basis do peers connect?
    Basis {
        LivedExperience = "lived-experience",
        SharedIdentities = "shared-identities",
        EmbeddedInCommunity = "embedded-in-community",
    }
);
id_enum!(
    /// What peers do: the five roles of the infographic.
    Role {
        BuildRelationships = "build-relationships",
        EmotionalSupport = "emotional-support",
        NavigateServices = "navigate-services",
        PromoteHealth = "promote-health",
        Advocate = "advocate",
    }
);
id_enum!(
    /// The history timeline's milestones, oldest first.
    Milestone {
        PeerLedGroups = "peer-led-groups",
        CitizenMobilization = "citizen-mobilization",
        NavigationHarlem = "navigation-harlem",
    }
);
id_enum!(
    /// The two publications behind the roadmap.
    ReferenceId { Article = "article", CaseStudy = "case-study" }
);

/// An id of any list of the content, for the check that each appears exactly once.
pub(crate) trait StableId: Copy + PartialEq + 'static {
    /// Every id of the set.
    const ALL: &'static [Self];
    /// The id's stable name.
    fn name(self) -> &'static str;
}

macro_rules! stable_id {
    ($($t:ty),+) => {
        $(impl StableId for $t {
            const ALL: &'static [Self] = <$t>::ALL;
            fn name(self) -> &'static str { self.as_str() }
        })+
    };
}
stable_id!(Term, Formality, Basis, Role, Milestone, ReferenceId);
