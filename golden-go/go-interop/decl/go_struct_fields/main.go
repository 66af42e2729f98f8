package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"net/url"
)

func main() {
	subject := lisette.ResultOfPtr(url.Parse("https://ann@example.org:8080/docs?q=1"))
	if subject.Tag == lisette.ResultOk {
		u := subject.OkVal
		fmt.Println(u.Scheme, u.Host, u.Path, u.RawQuery)
		fmt.Println(u.Hostname(), u.Port(), lisette.OptionNilable(u.User).IsSome())
	} else {
		e := subject.ErrVal
		fmt.Println("error:", e)
	}
	subject2 := lisette.ResultOfPtr(url.Parse("/relative"))
	if subject2.Tag == lisette.ResultOk {
		u := subject2.OkVal
		fmt.Println(lisette.OptionNilable(u.User).IsNone(), u.IsAbs())
	} else {
		e := subject2.ErrVal
		fmt.Println("error:", e)
	}
}
