package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type TooShort struct {
	min_ int
}

func (v TooShort) String() string {
	return "TooShort { min: " + lisette.FormatValue(v.min_) + " }"
}

func (self TooShort) Error() string {
	return fmt.Sprintf("shorter than %v characters", self.min_)
}

func check_password(p string) lisette.Option[error] {
	if len(p) < 8 {
		return lisette.MakeOptionSome[error](TooShort{min_: 8})
	}
	return lisette.MakeOptionNone[error]()
}

func main() {
	for _, p := range []string{"hunter2", "correct horse"} {
		problem := check_password(p)
		if problem.Tag == lisette.OptionSome {
			e := problem.SomeVal
			fmt.Printf("rejected: %v\n", e.Error())
		} else {
			fmt.Println("accepted")
		}
	}
}
