package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strconv"
)

func main() {
	f := lisette.ResultOf(strconv.ParseFloat("1e3", 64))
	fmt.Println(f)
	fmt.Println(lisette.ResultOf(strconv.ParseFloat("-0.25", 64)).UnwrapOr(0.0) * 4.0)
	for _, s := range []string{"T", "false", "1", "yes"} {
		subject := lisette.ResultOf(strconv.ParseBool(s))
		if subject.Tag == lisette.ResultOk {
			b := subject.OkVal
			fmt.Println(s, "->", b)
		} else {
			e := subject.ErrVal
			fmt.Println(e)
		}
	}
	hex := lisette.ResultOf(strconv.ParseInt("7f", 16, 64))
	if hex.Tag == lisette.ResultOk {
		v := hex.OkVal
		fmt.Println(v + 1)
	} else {
		e := hex.ErrVal
		fmt.Println(e)
	}
	big := lisette.ResultOf(strconv.ParseUint("18446744073709551615", 10, 64)).UnwrapOr(uint64(0))
	fmt.Println(big)
}
