package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type QuotaError struct {
	user  string
	limit int
}

func (v QuotaError) String() string {
	return "QuotaError { user: " + lisette.FormatValue(v.user) + ", limit: " + lisette.FormatValue(v.limit) + " }"
}

func (self QuotaError) Error() string {
	return fmt.Sprintf("%v exceeded %v requests", self.user, self.limit)
}

func serve(user string, count int) string {
	if count > 3 {
		panic(QuotaError{user: user, limit: 3})
	}
	return fmt.Sprintf("served %v", user)
}

func main() {
	for _, count := range []int{2, 5} {
		r := lisette.RecoverBlock(func() string {
			return serve("kim", count)
		})
		if r.Tag == lisette.ResultOk {
			s := r.OkVal
			fmt.Println(s)
		} else {
			pv := r.ErrVal
			fmt.Println(pv.Message())
			subject := pv.AsError()
			if subject.Tag == lisette.OptionSome {
				e := subject.SomeVal
				fmt.Printf("error value: %v\n", e.Error())
			} else {
				fmt.Println("not an error")
			}
		}
	}
}
