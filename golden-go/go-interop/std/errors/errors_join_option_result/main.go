package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func validate(name string, age int) lisette.Option[error] {
	problems := []error{}
	if len(name) == 0 {
		problems = append(problems, errors.New("name is empty"))
	}
	if age < 0 || age > 150 {
		problems = append(problems, fmt.Errorf("age %d out of range", age))
	}
	subject := len(problems)
	switch subject {
	case 0:
		return lisette.OptionNilable(errors.Join())
	case 1:
		return lisette.OptionNilable(errors.Join(problems[0]))
	default:
		return lisette.OptionNilable(errors.Join(problems[0], problems[1]))
	}
}

func main() {
	for _, item := range []lisette.Tuple2[string, int]{lisette.Tuple2[string, int]{First: "ann", Second: 30}, lisette.Tuple2[string, int]{First: "", Second: 30}, lisette.Tuple2[string, int]{First: "", Second: 200}} {
		name := item.First
		age := item.Second
		subject2 := validate(name, age)
		if subject2.Tag == lisette.OptionNone {
			fmt.Println("valid")
		} else {
			e := subject2.SomeVal
			fmt.Println(strings.ReplaceAll(e.Error(), "\n", " | "))
		}
	}
	a := errors.New("a")
	b := errors.New("b")
	subject3 := lisette.OptionNilable(errors.Join(a, b))
	if subject3.Tag == lisette.OptionSome {
		j := subject3.SomeVal
		fmt.Println(errors.Is(j, a), errors.Is(j, b))
	} else {
		fmt.Println("none")
	}
}
