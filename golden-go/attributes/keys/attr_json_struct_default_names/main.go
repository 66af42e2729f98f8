package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Account struct {
	Id           int    `json:"id"`
	Display_name string `json:"display_name"`
	UserAge      int    `json:"userAge"`
}

func (v Account) String() string {
	return "Account { id: " + lisette.FormatValue(v.Id) + ", display_name: " + lisette.FormatValue(v.Display_name) + ", userAge: " + lisette.FormatValue(v.UserAge) + " }"
}

func main() {
	a := Account{Id: 1, Display_name: "Ann", UserAge: 30}
	fmt.Println(a.Id, a.Display_name, a.UserAge)
}
