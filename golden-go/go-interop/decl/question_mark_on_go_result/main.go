package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strconv"
)

func sum(parts []string) lisette.Result[int, error] {
	total := 0
	for _, p := range parts {
		res := lisette.ResultOf(strconv.Atoi(p))
		if res.Tag != lisette.ResultOk {
			return lisette.MakeResultErr[int, error](res.ErrVal)
		}
		total += res.OkVal
	}
	return lisette.MakeResultOk[int, error](total)
}

func main() {
	fmt.Println(sum([]string{"1", "2", "39"}))
	subject := sum([]string{"4", "x"})
	if subject.Tag == lisette.ResultOk {
		n := subject.OkVal
		fmt.Println(n)
	} else {
		e := subject.ErrVal
		fmt.Println("error:", e)
	}
}
