export const common = {
  app_name: 'Gestion des partenaires',
  sign_in: 'Se connecter',
  sign_out: 'Se déconnecter',
  loading: 'Chargement…',
};
