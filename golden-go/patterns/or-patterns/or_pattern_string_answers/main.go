package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

func confirm(answer string) lisette.Option[bool] {
	switch answer {
	case "y", "yes", "Y", "YES":
		return lisette.MakeOptionSome[bool](true)
	case "n", "no", "N", "NO":
		return lisette.MakeOptionSome[bool](false)
	default:
		return lisette.MakeOptionNone[bool]()
	}
}

func main() {
	answers := []string{"yes", "N", "maybe", "Y"}
	for _, a := range answers {
		fmt.Println(a, confirm(a))
	}
}
