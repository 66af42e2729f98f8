package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"net/url"
)

func main() {
	subject := lisette.ResultOf(url.ParseQuery("name=J%C3%BCrgen&lang=de&lang=en&empty="))
	if subject.Tag == lisette.ResultOk {
		v := subject.OkVal
		fmt.Println("name:", v.Get("name"))
		fmt.Println("empty present:", v.Has("empty"), fmt.Sprintf("value [%v]", v.Get("empty")))
		fmt.Println("encoded:", v.Encode())
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	raw := "a b/c?d=e&f"
	fmt.Println(url.QueryEscape(raw))
	fmt.Println(url.PathEscape(raw))
	subject2 := lisette.ResultOf(url.QueryUnescape("100%25+sure"))
	if subject2.Tag == lisette.ResultOk {
		s := subject2.OkVal
		fmt.Println(s)
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
	subject3 := lisette.ResultOf(url.QueryUnescape("bad%2"))
	if subject3.Tag == lisette.ResultOk {
		s := subject3.OkVal
		fmt.Println(s)
	} else {
		e := subject3.ErrVal
		fmt.Println("error:", e)
	}
}
