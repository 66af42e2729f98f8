package mail

import lisette "lisette.dev/prelude"

type Letter struct {
	To    string
	Grams int
}

func (v Letter) String() string {
	return "Letter { to: " + lisette.FormatValue(v.To) + ", grams: " + lisette.FormatValue(v.Grams) + " }"
}
