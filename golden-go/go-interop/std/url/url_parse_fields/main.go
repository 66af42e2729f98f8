package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"net/url"
)

func main() {
	subject := lisette.ResultOfPtr(url.Parse("https://ann:s3cret@api.example.com:8443/v1/items?id=42&sort=desc#top"))
	if subject.Tag == lisette.ResultOk {
		u := subject.OkVal
		fmt.Println("scheme:", u.Scheme)
		fmt.Println("host:", u.Host, "hostname:", u.Hostname(), "port:", u.Port())
		fmt.Println("path:", u.Path)
		fmt.Println("raw query:", u.RawQuery)
		fmt.Println("fragment:", u.Fragment)
		if lisette.OptionNilable(u.User).Tag == lisette.OptionSome {
			info := lisette.OptionNilable(u.User).SomeVal
			fmt.Println("user:", info.Username())
			fmt.Println("password set:", lisette.OptionOf(info.Password()).IsSome())
		} else {
			fmt.Println("no user")
		}
		fmt.Println("redacted:", u.Redacted())
		fmt.Println("request uri:", u.RequestURI())
	} else {
		e := subject.ErrVal
		fmt.Println("error:", e)
	}
}
