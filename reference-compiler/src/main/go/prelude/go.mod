module lisette.dev/prelude

go 1.25
