module lisette.dev/tools/bindgen

go 1.25
