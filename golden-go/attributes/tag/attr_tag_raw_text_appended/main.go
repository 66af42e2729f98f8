package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Signup struct {
	Email string `json:"email" validate:"email" form:"mail" x:"y"`
}

func (v Signup) String() string {
	return "Signup { email: " + lisette.FormatValue(v.Email) + " }"
}

func main() {
	fmt.Println(Signup{Email: "a@b.c"})
}
