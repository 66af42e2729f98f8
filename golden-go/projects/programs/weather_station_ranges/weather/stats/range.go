package stats

import (
	"fmt"
	"golden/projects/programs/weather_station_ranges/weather"
	lisette "lisette.dev/prelude"
)

type Span struct {
	Low   int
	High  int
	Count int
}

func (v Span) String() string {
	return "Span { low: " + lisette.FormatValue(v.Low) + ", high: " + lisette.FormatValue(v.High) + ", count: " + lisette.FormatValue(v.Count) + " }"
}

func Of_station(rs []weather.Reading, station string) lisette.Option[Span] {
	mine := lisette.SliceFilter(rs, func(r weather.Reading) bool {
		return r.Station == station
	})
	if len(mine) == 0 {
		return lisette.MakeOptionNone[Span]()
	}
	out := Span{Low: mine[0].Tenths, High: mine[0].Tenths, Count: 0}
	for _, r := range mine {
		if r.Tenths < out.Low {
			out.Low = r.Tenths
		}
		if r.Tenths > out.High {
			out.High = r.Tenths
		}
		out.Count += 1
	}
	return lisette.MakeOptionSome[Span](out)
}

func Show(t int) string {
	var sign string
	if t < 0 {
		sign = "-"
	} else {
		sign = ""
	}
	var a int
	if t < 0 {
		a = -t
	} else {
		a = t
	}
	return fmt.Sprintf("%v%v.%v", sign, a/10, a%10)
}
