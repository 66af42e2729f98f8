package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"path/filepath"
)

func rel(base, target string) {
	subject := lisette.ResultOf(filepath.Rel(base, target))
	if subject.Tag == lisette.ResultOk {
		r := subject.OkVal
		fmt.Printf("rel(%v, %v) = %v\n", base, target, r)
	} else {
		e := subject.ErrVal
		fmt.Println("error:", e)
	}
}

func main() {
	rel("/home/ann", "/home/ann/src/app")
	rel("/home/ann/src", "/home/bob")
	rel("/a", "b")
	names := []string{"main.go", "main_test.go", "README.md", "util.go"}
	for _, n := range names {
		subject2 := lisette.ResultOf(filepath.Match("*_test.go", n))
		if subject2.Tag == lisette.ResultOk {
			if subject2.OkVal {
				fmt.Println("test file:", n)
			}
		} else {
			e := subject2.ErrVal
			fmt.Println(e)
		}
	}
	subject3 := lisette.ResultOf(filepath.Match("[a-", "a"))
	if subject3.Tag == lisette.ResultOk {
		m := subject3.OkVal
		fmt.Println(m)
	} else {
		e := subject3.ErrVal
		fmt.Println("bad pattern:", e == filepath.ErrBadPattern)
	}
}
