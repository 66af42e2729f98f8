package main

import (
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Account struct {
	Owner   string
	Balance int
	pin     string
}

func (v Account) String() string {
	return "Account { owner: " + lisette.FormatValue(v.Owner) + ", balance: " + lisette.FormatValue(v.Balance) + ", pin: " + lisette.FormatValue(v.pin) + " }"
}

func main() {
	a := Account{Owner: "ann", Balance: 120, pin: "1234"}
	subject := lisette.ResultOf(json.Marshal(a))
	if subject.Tag == lisette.ResultOk {
		data := subject.OkVal
		fmt.Println(string(data))
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	b := Account{Owner: "", Balance: 0, pin: "keep"}
	subject2 := lisette.ResultOfErr(json.Unmarshal([]byte("{\"owner\": \"bo\", \"Balance\": 7, \"pin\": \"0000\"}"), &b))
	if subject2.Tag == lisette.ResultOk {
		fmt.Println(b.Owner, b.Balance, b.pin)
	} else {
		e := subject2.ErrVal
		fmt.Println(e)
	}
}
