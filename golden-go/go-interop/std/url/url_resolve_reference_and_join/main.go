package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"net/url"
)

func main() {
	var base *url.URL
	subject := lisette.ResultOfPtr(url.Parse("https://docs.example.org/guide/intro/start.html?v=1"))
	if subject.Tag != lisette.ResultOk {
		e := subject.ErrVal
		fmt.Println(e)
		return
	}
	u := subject.OkVal
	base = u
	for _, r := range []string{"next.html", "../api/", "/about", "?v=2", "#faq", "//cdn.example.org/x.js"} {
		subject2 := lisette.ResultOfPtr(base.Parse(r))
		if subject2.Tag == lisette.ResultOk {
			u2 := subject2.OkVal
			fmt.Printf("%v -> %v\n", r, u2.String())
		} else {
			e := subject2.ErrVal
			fmt.Println(e)
		}
	}
	subject3 := lisette.ResultOf(url.JoinPath("https://example.org/api/", "v2", "../v3", "users"))
	if subject3.Tag == lisette.ResultOk {
		s := subject3.OkVal
		fmt.Println(s)
	} else {
		e := subject3.ErrVal
		fmt.Println(e)
	}
	joined := base.JoinPath("extra", "page")
	fmt.Println(joined.Path)
}
