package main

import (
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

func login(w http.ResponseWriter, r *http.Request) {
	subject := lisette.ResultOfErr(r.ParseForm())
	if subject.Tag == lisette.ResultErr {
		e := subject.ErrVal
		http.Error(w, e.Error(), http.StatusBadRequest)
		return
	}
	user := r.PostFormValue("user")
	var theme string
	subject2 := lisette.ResultOfPtr(r.Cookie("theme"))
	if subject2.Tag == lisette.ResultOk {
		c := subject2.OkVal
		theme = c.Value
	} else {
		theme = "light"
	}
	session := http.Cookie{Name: "session", Value: fmt.Sprintf("sess-%v", user), Quoted: false, Path: "/", Domain: "", Expires: time.Time{}, RawExpires: "", MaxAge: 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode, Partitioned: false, Raw: "", Unparsed: []string{}}
	http.SetCookie(w, &session)
	fmt.Fprintf(w, "welcome %s (theme %s, remember=%s)", user, theme, r.FormValue("remember"))
}

func main() {
	body := lisette.MakeOptionSome[io.Reader](strings.NewReader("user=ann&remember=yes"))
	req := httptest.NewRequest("POST", "/login", lisette.Nilable(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Cookie", "theme=dark")
	rec := httptest.NewRecorder()
	login(rec, req)
	fmt.Println(rec.Code)
	fmt.Println(rec.Header().Get("Set-Cookie"))
	if lisette.OptionNilable(rec.Body).Tag == lisette.OptionSome {
		b := lisette.OptionNilable(rec.Body).SomeVal
		fmt.Println(b.String())
	} else {
		fmt.Println("no body")
	}
}
