//! What the in-browser tests share: `<peer-roadmap>` defined as embed.js defines it.
#![cfg(target_arch = "wasm32")]

#[wasm_bindgen::prelude::wasm_bindgen(module = "/www/element.js")]
extern "C" {
    /// The element class embed.js defines (www/element.js).
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(options: &js_sys::Object);
}

/// `<peer-roadmap>` as embed.js defines it, with this test's code behind it and no prerendered
/// roadmap (nor stylesheet) to show first: every element renders afresh.
pub fn define_widget() {
    use wasm_bindgen::JsValue;
    peer_roadmap::embed::define("missing.css".into(), None);
    let set = |o: &js_sys::Object, key: &str, value: &JsValue| {
        js_sys::Reflect::set(o, &key.into(), value).expect("set");
    };
    let api = js_sys::Object::new();
    let create = wasm_bindgen::closure::Closure::<dyn Fn() -> JsValue>::new(|| {
        JsValue::from(peer_roadmap::embed::create_instance())
    });
    set(&api, "createInstance", create.as_ref());
    create.forget();
    let nothing = wasm_bindgen::closure::Closure::<dyn Fn() -> js_sys::Promise>::new(|| {
        js_sys::Promise::resolve(&JsValue::NULL)
    });
    let options = js_sys::Object::new();
    set(&options, "tag", &"peer-roadmap".into());
    let observed: js_sys::Array =
        ["lang", "theme", "deep-link", "content"].iter().map(|a| JsValue::from_str(a)).collect();
    set(&options, "observed", &observed);
    set(&options, "languages", &js_sys::Array::new());
    set(&options, "fragment", nothing.as_ref());
    nothing.forget();
    set(&options, "sheet", &js_sys::Promise::resolve(&JsValue::NULL));
    set(&options, "cssUrl", &"missing.css".into());
    set(&options, "code", &js_sys::Promise::resolve(&api));
    define_element(&options);
}
