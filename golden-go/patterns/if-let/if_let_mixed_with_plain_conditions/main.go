package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func describe(discount lisette.Option[int], member bool, coupon lisette.Option[string]) string {
	if discount.Tag == lisette.OptionSome {
		pct := discount.SomeVal
		return fmt.Sprintf("%v%% off", pct)
	}
	if member {
		return "member price"
	} else {
		if coupon.Tag == lisette.OptionSome {
			code := coupon.SomeVal
			return fmt.Sprintf("coupon %v", code)
		}
		return "full price"
	}
}

func main() {
	fmt.Println(describe(lisette.MakeOptionSome[int](20), true, lisette.MakeOptionNone[string]()))
	fmt.Println(describe(lisette.MakeOptionNone[int](), true, lisette.MakeOptionSome[string]("X1")))
	fmt.Println(describe(lisette.MakeOptionNone[int](), false, lisette.MakeOptionSome[string]("X1")))
	fmt.Println(describe(lisette.MakeOptionNone[int](), false, lisette.MakeOptionNone[string]()))
}
