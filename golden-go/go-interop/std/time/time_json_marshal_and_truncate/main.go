package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"time"
)

func main() {
	t := time.Date(2024, time.August, 15, 9, 47, 31, 600000000, time.UTC)
	subject := lisette.ResultOf(t.MarshalJSON())
	if subject.Tag == lisette.ResultOk {
		b := subject.OkVal
		fmt.Println(string(b))
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	fmt.Println(t.Truncate(time.Hour).Format(time.TimeOnly), t.Round(time.Minute).Format(time.TimeOnly), t.Round(time.Second).Format(time.TimeOnly))
	paris := time.FixedZone("CEST", 2*3600)
	fmt.Println(t.In(paris))
	subject2 := lisette.MakeTuple3(t.Clock())
	h := subject2.First
	m := subject2.Second
	s := subject2.Third
	fmt.Println(h, m, s)
	subject3 := lisette.MakeTuple2(t.ISOWeek())
	y := subject3.First
	w := subject3.Second
	fmt.Println("iso week:", y, w)
}
