package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
)

type LimitError struct {
	limit int
	got   int
}

func (v LimitError) String() string {
	return "LimitError { limit: " + lisette.FormatValue(v.limit) + ", got: " + lisette.FormatValue(v.got) + " }"
}

func (self LimitError) Error() string {
	return fmt.Sprintf("limit %v exceeded by %v", self.limit, self.got-self.limit)
}

func reserve(n int) lisette.Result[int, error] {
	if n > 10 {
		return lisette.MakeResultErr[int, error](fmt.Errorf("reserve %d seats: %w", n, LimitError{limit: 10, got: n}))
	}
	return lisette.MakeResultOk[int, error](10 - n)
}

func main() {
	for _, n := range []int{4, 13} {
		subject := reserve(n)
		if subject.Tag == lisette.ResultOk {
			left := subject.OkVal
			fmt.Println("reserved", n, "left", left)
		} else {
			e := subject.ErrVal
			fmt.Println("error:", e)
			subject2 := lisette.OptionNilable(errors.Unwrap(e))
			if subject2.Tag == lisette.OptionSome {
				inner := subject2.SomeVal
				subject3 := lisette.AssertType[LimitError](inner)
				if subject3.Tag == lisette.OptionSome {
					le := subject3.SomeVal
					fmt.Println("  limit:", le.limit, "got:", le.got)
				} else {
					fmt.Println("  other cause")
				}
			} else {
				fmt.Println("  no cause")
			}
		}
	}
}
