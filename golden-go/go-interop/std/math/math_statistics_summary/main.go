package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
)

type Summary struct {
	n      int
	mean   float64
	stddev float64
	min_   float64
	max_   float64
	median float64
}

func (v Summary) String() string {
	return "Summary { n: " + lisette.FormatValue(v.n) + ", mean: " + lisette.FormatValue(v.mean) + ", stddev: " + lisette.FormatValue(v.stddev) + ", min: " + lisette.FormatValue(v.min_) + ", max: " + lisette.FormatValue(v.max_) + ", median: " + lisette.FormatValue(v.median) + " }"
}

func summarize(xs []float64) lisette.Option[Summary] {
	if len(xs) == 0 {
		return lisette.MakeOptionNone[Summary]()
	}
	sorted := slices.Clone(xs)
	sort.Float64s(sorted)
	n := len(sorted)
	sum := lisette.SliceFold(sorted, 0.0, func(acc, x float64) float64 {
		return acc + x
	})
	mean := sum / (float64(n))
	sq := lisette.SliceFold(sorted, 0.0, func(acc, x float64) float64 {
		return acc + (x-mean)*(x-mean)
	})
	var median float64
	if n%2 == 1 {
		median = sorted[n/2]
	} else {
		median = (sorted[n/2-1] + sorted[n/2]) / 2.0
	}
	lo := math.Inf(1)
	hi := math.Inf(-1)
	for _, x := range sorted {
		lo = math.Min(lo, x)
		hi = math.Max(hi, x)
	}
	return lisette.MakeOptionSome[Summary](Summary{n: n, mean: mean, stddev: math.Sqrt(sq / (float64(n))), min_: lo, max_: hi, median: median})
}

func round2(x float64) float64 {
	return math.Round(x*100.0) / 100.0
}

func main() {
	raw := "12.5, 9.75, 11, n/a, 14.25, 10.5, 13, -, 9.5"
	xs := []float64{}
	for _, field := range strings.Split(raw, ",") {
		f := strings.TrimSpace(field)
		subject := lisette.ResultOf(strconv.ParseFloat(f, 64))
		if subject.Tag == lisette.ResultOk {
			v := subject.OkVal
			xs = append(xs, v)
		} else {
			fmt.Println("ignored reading", strconv.Quote(f))
		}
	}
	subject2 := summarize(xs)
	if subject2.Tag == lisette.OptionSome {
		s := subject2.SomeVal
		fmt.Println("n:", s.n)
		fmt.Println("mean:", round2(s.mean), "stddev:", round2(s.stddev))
		fmt.Println("range:", s.min_, "..", s.max_, "median:", s.median)
		z := (s.max_ - s.mean) / s.stddev
		fmt.Printf("max z-score: %.3f\n", z)
	} else {
		fmt.Println("no data")
	}
	fmt.Println(summarize([]float64{}).IsNone(), xs[0])
}
