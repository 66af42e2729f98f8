module lisette.dev/tools/conformance

go 1.25
