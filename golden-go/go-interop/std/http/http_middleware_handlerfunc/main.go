package main

import (
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
	"net/http"
	"net/http/httptest"
)

func require_token(token string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+token {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func with_header(name, value string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set(name, value)
		next.ServeHTTP(w, r)
	})
}

func main() {
	secret := http.HandlerFunc(func(w http.ResponseWriter, _r *http.Request) {
		fmt.Fprint(w, "the vault is open")
	})
	app := with_header("X-App", "vault", require_token("abc123", secret))
	for _, auth := range []string{"", "Bearer wrong", "Bearer abc123"} {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("GET", "/vault", lisette.Nilable(lisette.MakeOptionNone[io.Reader]()))
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		app.ServeHTTP(rec, req)
		var body string
		if lisette.OptionNilable(rec.Body).Tag == lisette.OptionSome {
			b := lisette.OptionNilable(rec.Body).SomeVal
			body = b.String()
		} else {
			body = ""
		}
		fmt.Printf("[%v] %v x-app=%v body=%v\n", auth, rec.Code, rec.Header().Get("X-App"), body)
	}
}
