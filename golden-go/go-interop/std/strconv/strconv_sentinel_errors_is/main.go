package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
	"strconv"
)

func classify(s string) string {
	subject := lisette.ResultOf(strconv.ParseInt(s, 10, 8))
	if subject.Tag == lisette.ResultOk {
		v := subject.OkVal
		return fmt.Sprintf("int8 %v", v)
	}
	e := subject.ErrVal
	if errors.Is(e, strconv.ErrRange) {
		return "out of range"
	} else if errors.Is(e, strconv.ErrSyntax) {
		return "not a number"
	} else {
		return "other"
	}
}

func main() {
	for _, s := range []string{"127", "128", "-128", "-129", "0x10", "12"} {
		fmt.Println(s, classify(s))
	}
	fmt.Println(strconv.ErrSyntax, "/", strconv.ErrRange)
}
