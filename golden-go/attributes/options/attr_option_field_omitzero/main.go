package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Profile struct {
	Name string                 `json:"name,omitempty" yaml:"name,omitempty"`
	Nick lisette.Option[string] `json:"nick,omitempty,omitzero" yaml:"nick,omitempty"`
}

func (v Profile) String() string {
	return "Profile { name: " + lisette.FormatValue(v.Name) + ", nick: " + lisette.FormatValue(v.Nick) + " }"
}

func main() {
	fmt.Println(Profile{Name: "Ann", Nick: lisette.MakeOptionNone[string]()})
	fmt.Println(Profile{Name: "Bo", Nick: lisette.MakeOptionSome[string]("b")})
}
