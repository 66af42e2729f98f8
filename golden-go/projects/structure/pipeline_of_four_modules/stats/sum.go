package stats

import (
	"golden/projects/structure/pipeline_of_four_modules/parse"
	lisette "lisette.dev/prelude"
)

type Summary struct {
	Total   int
	Skipped int
}

func (v Summary) String() string {
	return "Summary { total: " + lisette.FormatValue(v.Total) + ", skipped: " + lisette.FormatValue(v.Skipped) + " }"
}

func Summarize(items []parse.Parsed) Summary {
	s := Summary{Total: 0, Skipped: 0}
	for _, it := range items {
		if it.Tag == parse.ParsedValue {
			v := it.Value
			s.Total += v
		} else {
			s.Skipped += 1
		}
	}
	return s
}
