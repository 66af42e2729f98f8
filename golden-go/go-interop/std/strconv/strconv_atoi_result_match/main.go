package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-7", "12x", "", "99999999999999999999"} {
		subject := lisette.ResultOf(strconv.Atoi(s))
		if subject.Tag == lisette.ResultOk {
			n := subject.OkVal
			fmt.Printf("ok %v\n", n)
		} else {
			e := subject.ErrVal
			fmt.Println(e.Error())
		}
	}
}
