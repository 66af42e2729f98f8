package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func check_age(age int) lisette.Result[int, string] {
	if age < 0 {
		return lisette.MakeResultErr[int, string]("negative age")
	} else {
		return lisette.MakeResultOk[int, string](age)
	}
}

func main() {
	fmt.Println(check_age(30))
	fmt.Println(check_age(-2))
}
