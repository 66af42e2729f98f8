package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Settings struct {
	Id       int `json:"id"`
	UserAge  int `json:"user_age"`
	HTTPPort int `json:"http_port"`
}

func (v Settings) String() string {
	return "Settings { id: " + lisette.FormatValue(v.Id) + ", userAge: " + lisette.FormatValue(v.UserAge) + ", HTTPPort: " + lisette.FormatValue(v.HTTPPort) + " }"
}

func main() {
	s := Settings{Id: 1, UserAge: 2, HTTPPort: 80}
	fmt.Println(s.Id + s.UserAge + s.HTTPPort)
}
