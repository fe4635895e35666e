//! The panic hook (wasm-bindgen-test in headless Chromium, a test binary of its own: after a
//! panic the module stays marked as panicking). A panic after the apps have rendered is still
//! logged as the roadmap's "internal error" (Yew would replace a hook set with
//! `std::panic::set_hook`), once, and nothing else is logged for the other instances.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

mod support;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
export function recordErrors() {
  const seen = [];
  const original = console.error;
  console.error = (...args) => { seen.push(args.map(String).join(" ")); original.apply(console, args); };
  return { seen, stop() { console.error = original; } };
}
export function seen(record) { return record.seen.slice(); }
export function stop(record) { record.stop(); }
export function callCatching(f) { try { f(); return ""; } catch (e) { return String(e); } }
"#)]
extern "C" {
    #[wasm_bindgen(js_name = recordErrors)]
    fn record_errors() -> JsValue;
    fn seen(record: &JsValue) -> Vec<String>;
    fn stop(record: &JsValue);
    /// Calls `f`, and returns what it threw (a panic aborts: the JS caller sees an exception).
    #[wasm_bindgen(js_name = callCatching)]
    fn call_catching(f: &JsValue) -> String;
}

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// Adds a `<peer-roadmap>` and waits until it is ready (5 s at most).
async fn ready_element(id: &str) -> web_sys::Element {
    let el = document().create_element("peer-roadmap").expect("element");
    el.set_attribute("id", id).expect("id");
    let ready = js_sys::Promise::new(&mut |resolve, reject| {
        let _ = el.add_event_listener_with_callback("peer-roadmap-ready", &resolve);
        let fail = Closure::once_into_js(move || {
            reject.call1(&JsValue::NULL, &"no peer-roadmap-ready within 5 s".into())
        });
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(fail.unchecked_ref(), 5000);
    });
    document().body().expect("body").append_child(&el).expect("append");
    if let Err(e) = wasm_bindgen_futures::JsFuture::from(ready).await {
        panic!("{}", e.as_string().unwrap_or_default());
    }
    el
}

#[wasm_bindgen_test]
async fn a_panic_after_the_first_render_is_logged_as_an_internal_error() {
    support::define_widget();
    let record = record_errors();
    // Two instances render (each render is where Yew would install its own hook).
    let first = ready_element("first").await;
    let second = ready_element("second").await;
    assert_eq!(seen(&record), Vec::<String>::new(), "nothing to report before the panic");

    // The deliberate panic: a test-only entry point, called from JavaScript as an element's
    // callback would be.
    let deliberate = Closure::once_into_js(|| -> () { panic!("deliberate panic for the test") });
    let thrown = call_catching(&deliberate);
    stop(&record);
    assert!(!thrown.is_empty(), "the panic aborted the call");

    let logged = seen(&record);
    assert_eq!(logged.len(), 1, "one message, ours: {logged:?}");
    assert!(logged[0].starts_with("peer-roadmap: internal error: "), "{logged:?}");
    assert!(logged[0].contains("deliberate panic for the test"), "{logged:?}");
    // The other instances have nothing else to report.
    assert!(first.has_attribute("data-ready") && second.has_attribute("data-ready"));
}
