package vault

import lisette "lisette.dev/prelude"

type Safe struct {
	Label string
	code  int
}

func (v Safe) String() string {
	return "Safe { label: " + lisette.FormatValue(v.Label) + ", code: " + lisette.FormatValue(v.code) + " }"
}
