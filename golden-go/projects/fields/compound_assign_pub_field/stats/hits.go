package stats

import lisette "lisette.dev/prelude"

type Hits struct {
	Ok     int
	Failed int
}

func (v Hits) String() string {
	return "Hits { ok: " + lisette.FormatValue(v.Ok) + ", failed: " + lisette.FormatValue(v.Failed) + " }"
}
