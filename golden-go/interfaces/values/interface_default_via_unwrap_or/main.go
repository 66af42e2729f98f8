package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Theme interface {
	Color() string
}

type Dark struct{}

func (v Dark) String() string {
	return "Dark {}"
}

type Custom struct {
	hex string
}

func (v Custom) String() string {
	return "Custom { hex: " + lisette.FormatValue(v.hex) + " }"
}

func (self Dark) Color() string {
	return "#000000"
}

func (self Custom) Color() string {
	return self.hex
}

func user_theme(user string) lisette.Option[Theme] {
	if user == "mia" {
		return lisette.MakeOptionSome[Theme](Custom{hex: "#ff8800"})
	} else {
		return lisette.MakeOptionNone[Theme]()
	}
}

func main() {
	for _, user := range []string{"mia", "tom"} {
		t := user_theme(user).UnwrapOr(Dark{})
		fmt.Println(user, t.Color())
	}
}
