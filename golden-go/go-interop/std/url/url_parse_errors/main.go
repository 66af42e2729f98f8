package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"net/url"
)

func main() {
	for _, raw := range []string{"http://[::1", "ht tp://x", "%zz", "/relative/ok"} {
		subject := lisette.ResultOfPtr(url.Parse(raw))
		if subject.Tag == lisette.ResultOk {
			u := subject.OkVal
			fmt.Println("ok:", u.String(), "abs:", u.IsAbs())
		} else {
			e := subject.ErrVal
			fmt.Println("error:", e)
			subject2 := lisette.AssertType[*url.Error](e)
			if subject2.Tag == lisette.OptionSome {
				ue := subject2.SomeVal
				fmt.Println("  op:", ue.Op, "url:", ue.URL)
			} else {
				fmt.Println("  not a url.Error")
			}
		}
	}
}
