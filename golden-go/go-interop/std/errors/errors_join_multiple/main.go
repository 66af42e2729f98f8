package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	missing := errors.New("missing email")
	young := errors.New("age under 18")
	subject := lisette.OptionNilable(errors.Join(missing, young))
	if subject.Tag == lisette.OptionSome {
		e := subject.SomeVal
		fmt.Println(e)
		fmt.Println("has missing:", errors.Is(e, missing), "has young:", errors.Is(e, young))
	} else {
		fmt.Println("valid")
	}
	subject2 := lisette.OptionNilable(errors.Join())
	if subject2.Tag == lisette.OptionSome {
		e := subject2.SomeVal
		fmt.Println("unexpected:", e)
	} else {
		fmt.Println("nothing to join")
	}
	other := errors.New("other")
	subject3 := lisette.OptionNilable(errors.Join(missing))
	if subject3.Tag == lisette.OptionSome {
		e := subject3.SomeVal
		fmt.Println("single:", e, "| other:", errors.Is(e, other))
	} else {
		fmt.Println("none")
	}
}
