package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
	"strconv"
	"strings"
)

func main() {
	subject := lisette.ResultOf(strconv.Atoi("12"))
	if subject.Tag == lisette.ResultOk {
		n := subject.OkVal
		fmt.Println("parsed", n*2)
	} else {
		e := subject.ErrVal
		fmt.Println("error", e)
	}
	subject2 := lisette.ResultOf(strconv.ParseBool("maybe"))
	if subject2.Tag == lisette.ResultOk {
		b := subject2.OkVal
		fmt.Println("bool", b)
	} else {
		e := subject2.ErrVal
		fmt.Println(e.Error())
	}
	subject3 := lisette.MakeTuple3(strings.Cut("ann@example.org", "@"))
	user := subject3.First
	host := subject3.Second
	found := subject3.Third
	fmt.Println(user, host, found)
	e := errors.New("disk full")
	fmt.Printf("failed: %v\n", e)
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"))
}
