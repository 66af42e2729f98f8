package inventory

import lisette "lisette.dev/prelude"

type Part struct {
	Code  string
	Grams int
}

func (v Part) String() string {
	return "Part { code: " + lisette.FormatValue(v.Code) + ", grams: " + lisette.FormatValue(v.Grams) + " }"
}

func Bolt() Part {
	return Part{Code: "B-10", Grams: 12}
}

func Nut() Part {
	return Part{Code: "N-10", Grams: 5}
}
