package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"time"
)

func main() {
	t := time.Unix(int64(1700000000), int64(0)).UTC()
	fmt.Println(t.Format(time.RFC3339))
	fmt.Println(t.Unix(), t.UnixMilli())
	tokyo := time.FixedZone("JST", 9*60*60)
	local := t.In(tokyo)
	fmt.Println(local.Format("2006-01-02 15:04 MST -07:00"))
	fmt.Println("same instant:", local.Equal(t))
	subject := lisette.MakeTuple2(local.Zone())
	name := subject.First
	offset := subject.Second
	fmt.Println(name, offset)
	fmt.Println(tokyo.String(), time.UTC.String())
	ms := time.UnixMilli(int64(1500)).UTC()
	fmt.Println(ms.Format("15:04:05.000"), ms.Nanosecond())
}
