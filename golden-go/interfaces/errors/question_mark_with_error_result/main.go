package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type BadDigit struct {
	ch string
}

func (v BadDigit) String() string {
	return "BadDigit { ch: " + lisette.FormatValue(v.ch) + " }"
}

type Overflow struct {
	limit int
}

func (v Overflow) String() string {
	return "Overflow { limit: " + lisette.FormatValue(v.limit) + " }"
}

func (self BadDigit) Error() string {
	return fmt.Sprintf("not a digit: %v", self.ch)
}

func (self Overflow) Error() string {
	return fmt.Sprintf("value exceeds %v", self.limit)
}

func digit(s string, i int) lisette.Result[int, error] {
	ch := s[i : i+1]
	digits := []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
	for n, d := range digits {
		if d == ch {
			return lisette.MakeResultOk[int, error](n)
		}
	}
	return lisette.MakeResultErr[int, error](BadDigit{ch: ch})
}

func parse(s string, limit int) lisette.Result[int, error] {
	value := 0
	for i, end := 0, len(s); i < end; i++ {
		res := digit(s, i)
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, error](res.ErrVal)
		}
		d := res.OkVal
		value = value*10 + d
	}
	if value > limit {
		return lisette.MakeResultErr[int, error](Overflow{limit: limit})
	}
	return lisette.MakeResultOk[int, error](value)
}

func sum_pair(a, b string) lisette.Result[int, error] {
	res2 := parse(a, 999)
	if res2.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[int, error](res2.ErrVal)
	}
	x := res2.OkVal
	res3 := parse(b, 999)
	if res3.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[int, error](res3.ErrVal)
	}
	y := res3.OkVal
	return lisette.MakeResultOk[int, error](x + y)
}

func main() {
	for _, item := range []lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "12", Second: "30"}, lisette.Tuple2[string, string]{First: "4x", Second: "1"}, lisette.Tuple2[string, string]{First: "500", Second: "1000"}} {
		a := item.First
		b := item.Second
		subject := sum_pair(a, b)
		if subject.Tag == lisette.ResultOk {
			v := subject.OkVal
			fmt.Println(v)
		} else {
			e := subject.ErrVal
			fmt.Println("error:", e)
		}
	}
}
