package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"time"
)

func main() {
	for _, s := range []string{"1h15m30.918273645s", "90s", "-2m", "1.5d", ""} {
		subject := lisette.ResultOf(time.ParseDuration(s))
		if subject.Tag == lisette.ResultOk {
			d := subject.OkVal
			fmt.Println(s, "=>", d, "| round s:", d.Round(time.Second), "| trunc m:", d.Truncate(time.Minute))
		} else {
			e := subject.ErrVal
			fmt.Println("error:", e)
		}
	}
}
