package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strconv"
	"strings"
)

func sum_fields(line string) lisette.Result[int, error] {
	total := 0
	for _, field := range strings.Split(line, ",") {
		res := lisette.ResultOf(strconv.Atoi(strings.TrimSpace(field)))
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, error](res.ErrVal)
		}
		n := res.OkVal
		total += n
	}
	return lisette.MakeResultOk[int, error](total)
}

func main() {
	for _, line := range []string{"1, 2, 3", "10,20", "4, five, 6"} {
		subject := sum_fields(line)
		if subject.Tag == lisette.ResultOk {
			t := subject.OkVal
			fmt.Printf("%v => %v\n", line, t)
		} else {
			e := subject.ErrVal
			fmt.Printf("%v => error: %v\n", line, e)
		}
	}
}
