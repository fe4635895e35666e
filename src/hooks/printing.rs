//! Printing: whether the page is being printed (every item's details are then built), and the
//! print button's action.

use crate::dom;
use yew::prelude::*;

/// Whether the page is being printed, and a callback that prints it.
#[hook]
pub fn use_printing() -> (bool, Callback<()>) {
    let printing = use_state_eq(|| false);
    {
        let set = printing.setter();
        use_effect_with((), move |_| {
            let guards = dom::watch_printing(move |on| set.set(on));
            move || drop(guards)
        });
    }
    // Build every item's details first, then print in a task of its own, once they are in the
    // DOM (the browser may lay the page out for print inside `print()`).
    let print = use_callback(printing.setter(), |_: (), set| {
        set.set(true);
        dom::later(dom::print);
    });
    (*printing, print)
}
