package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func parse_qty(s string) lisette.Result[int, string] {
	switch s {
	case "1":
		return lisette.MakeResultOk[int, string](1)
	case "2":
		return lisette.MakeResultOk[int, string](2)
	case "5":
		return lisette.MakeResultOk[int, string](5)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("bad quantity %v", s))
	}
}

func import_rows(rows []string) lisette.Partial[[]int, []string] {
	good := []int{}
	bad := []string{}
	for _, r := range rows {
		subject := parse_qty(r)
		if subject.Tag == lisette.ResultOk {
			n := subject.OkVal
			good = append(good, n)
		} else {
			e := subject.ErrVal
			bad = append(bad, e)
		}
	}
	if len(bad) == 0 {
		return lisette.MakePartialOk[[]int, []string](good)
	} else if len(good) == 0 {
		return lisette.MakePartialErr[[]int, []string](bad)
	} else {
		return lisette.MakePartialBoth[[]int, []string](good, bad)
	}
}

func main() {
	batches := [][]string{[]string{"1", "2"}, []string{"5", "x", "2"}, []string{"?"}}
	for _, b := range batches {
		p := import_rows(b)
		switch p.Tag {
		case lisette.PartialOk:
			qs := p.OkVal
			fmt.Printf("imported %v\n", qs)
		case lisette.PartialBoth:
			qs := p.OkVal
			errs := p.ErrVal
			fmt.Printf("imported %v, skipped %v\n", qs, len(errs))
		case lisette.PartialErr:
			errs := p.ErrVal
			fmt.Printf("nothing imported: %v\n", errs)
		}
		fmt.Println(lisette.OptionMapOr(p.Err(), 0, func(es []string) int {
			return len(es)
		}))
	}
}
