/** The print button's only behaviour: show it (it is hidden without JavaScript) and open the print dialog. */
for (const wrapper of document.querySelectorAll<HTMLElement>('[data-print]')) {
  wrapper.hidden = false
  wrapper.querySelector('button')?.addEventListener('click', () => window.print())
}
