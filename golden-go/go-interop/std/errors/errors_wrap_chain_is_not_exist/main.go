package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
)

func load(name string) lisette.Result[string, error] {
	if name == "missing.cfg" {
		return lisette.MakeResultErr[string, error](fmt.Errorf("load %s: %w", name, os.ErrNotExist))
	}
	return lisette.MakeResultOk[string, error](fmt.Sprintf("contents of %v", name))
}

func startup(name string) lisette.Result[string, error] {
	subject := load(name)
	if subject.Tag == lisette.ResultOk {
		c := subject.OkVal
		return lisette.MakeResultOk[string, error](c)
	}
	e := subject.ErrVal
	return lisette.MakeResultErr[string, error](fmt.Errorf("startup: %w", e))
}

func main() {
	subject2 := startup("app.cfg")
	if subject2.Tag == lisette.ResultOk {
		c := subject2.OkVal
		fmt.Println(c)
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
	subject3 := startup("missing.cfg")
	if subject3.Tag == lisette.ResultOk {
		c := subject3.OkVal
		fmt.Println(c)
	} else {
		e := subject3.ErrVal
		fmt.Println(e)
		fmt.Println("not exist:", errors.Is(e, os.ErrNotExist))
		fmt.Println("permission:", errors.Is(e, os.ErrPermission))
		subject4 := lisette.OptionNilable(errors.Unwrap(e))
		if subject4.Tag == lisette.OptionSome {
			inner := subject4.SomeVal
			fmt.Println("unwrapped:", inner)
			subject5 := lisette.OptionNilable(errors.Unwrap(inner))
			if subject5.Tag == lisette.OptionSome {
				root := subject5.SomeVal
				fmt.Println("root:", root, root == os.ErrNotExist)
			} else {
				fmt.Println("no root")
			}
		} else {
			fmt.Println("nothing wrapped")
		}
		fmt.Println("unwrap of root:", lisette.OptionNilable(errors.Unwrap(os.ErrNotExist)).IsNone())
	}
}
