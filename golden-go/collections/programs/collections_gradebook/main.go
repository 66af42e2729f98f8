package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"slices"
)

type Stats struct {
	min_ int
	max_ int
	mean float64
}

func (v Stats) String() string {
	return "Stats { min: " + lisette.FormatValue(v.min_) + ", max: " + lisette.FormatValue(v.max_) + ", mean: " + lisette.FormatValue(v.mean) + " }"
}

func stats(scores []int) lisette.Option[Stats] {
	if len(scores) == 0 {
		return lisette.MakeOptionNone[Stats]()
	}
	lo := scores[0]
	hi := scores[0]
	for _, s := range scores[1:len(scores):len(scores)] {
		if s < lo {
			lo = s
		}
		if s > hi {
			hi = s
		}
	}
	total := lisette.SliceFold(scores, 0, func(acc, s int) int {
		return acc + s
	})
	return lisette.MakeOptionSome[Stats](Stats{min_: lo, max_: hi, mean: float64(total) / float64(len(scores))})
}

func letter(mean float64) string {
	if mean >= 90.0 {
		return "A"
	} else if mean >= 80.0 {
		return "B"
	} else if mean >= 70.0 {
		return "C"
	} else {
		return "F"
	}
}

func main() {
	records := []lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "ann", Second: 92}, lisette.Tuple2[string, int]{First: "bob", Second: 78}, lisette.Tuple2[string, int]{First: "ann", Second: 86}, lisette.Tuple2[string, int]{First: "cy", Second: 95}, lisette.Tuple2[string, int]{First: "bob", Second: 85}, lisette.Tuple2[string, int]{First: "cy", Second: 91}, lisette.Tuple2[string, int]{First: "ann", Second: 98}, lisette.Tuple2[string, int]{First: "dee", Second: 60}}
	book := map[string][]int{}
	for _, item := range records {
		name := item.First
		score := item.Second
		book[name] = append(book[name], score)
	}
	roster := []string{"ann", "bob", "cy", "dee", "eve"}
	for _, name := range roster {
		scores := book[name]
		subject := stats(scores)
		if subject.Tag == lisette.OptionSome {
			st := subject.SomeVal
			grade := letter(st.mean)
			fmt.Printf("%v: %v min %v max %v mean %v grade %v\n", name, scores, st.min_, st.max_, st.mean, grade)
		} else {
			fmt.Printf("%v: no scores\n", name)
		}
	}
	honors := lisette.SliceFilter(roster, func(n string) bool {
		return slices.ContainsFunc(book[n], func(s int) bool {
			return s >= 95
		})
	})
	passing := lisette.SliceFilter(roster, func(n string) bool {
		return !(len(book[n]) == 0) && lisette.SliceAll(book[n], func(s int) bool {
			return s >= 65
		})
	})
	fmt.Printf("honors: %v, passing: %v\n", honors, passing)
	everyone := lisette.SliceFold(roster, []int{}, func(acc []int, n string) []int {
		return append(acc, book[n]...)
	})
	best := lisette.SliceFold(everyone, 0, func(m, s int) int {
		if s > m {
			return s
		} else {
			return m
		}
	})
	fmt.Println(len(everyone), best, everyone)
	curved := lisette.SliceMap(book["dee"], func(s int) int {
		return s + 5
	})
	fmt.Println(curved, book["dee"])
	fmt.Println(len(book), book)
	delete(book, "dee")
	fmt.Println(len(book), lisette.MapGet(book, "dee").IsNone())
}
